stub: upstream file of 6886 bytes
