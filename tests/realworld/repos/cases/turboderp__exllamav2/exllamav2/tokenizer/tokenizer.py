stub: upstream file of 26603 bytes
