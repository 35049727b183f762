stub: upstream file of 615 bytes
