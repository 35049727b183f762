stub: upstream file of 39698 bytes
