stub: upstream file of 242863 bytes
