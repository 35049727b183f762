stub: upstream file of 8393 bytes
