stub: upstream file of 2819 bytes
