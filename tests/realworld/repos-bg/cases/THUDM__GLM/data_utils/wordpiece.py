stub: upstream file of 15491 bytes
