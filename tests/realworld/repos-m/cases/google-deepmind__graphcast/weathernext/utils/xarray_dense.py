stub: upstream file of 40926 bytes
