stub: upstream file of 43093 bytes
