stub: upstream file of 24724 bytes
