stub: upstream file of 16719 bytes
