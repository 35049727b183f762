stub: upstream file of 9922 bytes
