stub: upstream file of 21478 bytes
