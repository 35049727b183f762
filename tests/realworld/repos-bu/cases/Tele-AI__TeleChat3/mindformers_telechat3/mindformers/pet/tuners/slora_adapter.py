stub: upstream file of 27213 bytes
