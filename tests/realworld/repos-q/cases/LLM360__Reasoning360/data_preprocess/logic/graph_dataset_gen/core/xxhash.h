stub: upstream file of 209646 bytes
