stub: upstream file of 22949 bytes
