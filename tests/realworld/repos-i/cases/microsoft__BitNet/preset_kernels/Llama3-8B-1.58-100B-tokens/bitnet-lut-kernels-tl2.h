stub: upstream file of 95735 bytes
