stub: upstream file of 184004 bytes
