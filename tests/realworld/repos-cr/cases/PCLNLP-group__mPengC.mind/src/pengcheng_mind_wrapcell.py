stub: upstream file of 12741 bytes
