stub: upstream file of 9772 bytes
