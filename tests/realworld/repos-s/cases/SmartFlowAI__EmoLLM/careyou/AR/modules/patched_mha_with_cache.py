stub: upstream file of 19403 bytes
