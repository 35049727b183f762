stub: upstream file of 4684 bytes
