stub: upstream file of 4174 bytes
