stub: upstream file of 14722 bytes
