stub: upstream file of 735680 bytes
