stub: upstream file of 49696 bytes
