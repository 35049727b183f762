stub: upstream file of 5842 bytes
