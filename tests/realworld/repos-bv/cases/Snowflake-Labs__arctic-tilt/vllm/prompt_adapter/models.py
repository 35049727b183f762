stub: upstream file of 13722 bytes
