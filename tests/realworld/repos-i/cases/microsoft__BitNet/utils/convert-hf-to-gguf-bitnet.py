stub: upstream file of 57750 bytes
