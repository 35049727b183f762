stub: upstream file of 23121 bytes
