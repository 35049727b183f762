stub: upstream file of 4790 bytes
