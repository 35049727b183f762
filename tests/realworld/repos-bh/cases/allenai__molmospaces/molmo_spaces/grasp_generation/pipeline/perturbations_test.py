stub: upstream file of 27592 bytes
