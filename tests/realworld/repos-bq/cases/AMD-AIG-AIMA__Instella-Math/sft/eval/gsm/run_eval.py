stub: upstream file of 13143 bytes
