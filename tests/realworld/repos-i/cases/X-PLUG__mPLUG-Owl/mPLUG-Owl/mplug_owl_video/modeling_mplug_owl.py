stub: upstream file of 82427 bytes
