stub: upstream file of 26819 bytes
