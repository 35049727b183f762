stub: upstream file of 13179 bytes
