stub: upstream file of 19234 bytes
