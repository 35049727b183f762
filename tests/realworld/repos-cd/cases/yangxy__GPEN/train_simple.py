stub: upstream file of 13103 bytes
