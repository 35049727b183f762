stub: upstream file of 47412 bytes
