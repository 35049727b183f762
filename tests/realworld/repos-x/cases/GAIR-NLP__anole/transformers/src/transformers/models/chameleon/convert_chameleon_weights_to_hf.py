stub: upstream file of 17758 bytes
