stub: upstream file of 11695 bytes
