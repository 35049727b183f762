stub: upstream file of 18169 bytes
