stub: upstream file of 24538 bytes
