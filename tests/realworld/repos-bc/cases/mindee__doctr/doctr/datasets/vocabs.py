stub: upstream file of 99165 bytes
