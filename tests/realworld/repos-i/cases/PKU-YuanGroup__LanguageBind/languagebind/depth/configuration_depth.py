stub: upstream file of 19748 bytes
