stub: upstream file of 8217 bytes
