stub: upstream file of 17976 bytes
