stub: upstream file of 39225 bytes
