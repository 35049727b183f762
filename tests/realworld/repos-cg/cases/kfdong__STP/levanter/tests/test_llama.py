stub: upstream file of 14965 bytes
