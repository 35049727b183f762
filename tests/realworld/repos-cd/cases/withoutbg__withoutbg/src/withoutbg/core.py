stub: upstream file of 12032 bytes
