stub: upstream file of 15819 bytes
