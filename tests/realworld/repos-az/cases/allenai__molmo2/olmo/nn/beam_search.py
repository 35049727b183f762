stub: upstream file of 57703 bytes
