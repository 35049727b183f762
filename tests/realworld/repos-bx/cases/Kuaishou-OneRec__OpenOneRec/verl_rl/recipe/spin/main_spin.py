stub: upstream file of 6147 bytes
