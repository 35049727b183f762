stub: upstream file of 7796 bytes
